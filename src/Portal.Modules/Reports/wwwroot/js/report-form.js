// Progressive enhancement of the report form. Without script the form still works: the region is one select grouped by
// city, and the real-name fields are always shown. With script the region becomes a province → city → county cascade
// (the original select stays the one that is submitted) and the identity fields show only for a real-name report.
const form = document.getElementById('report-form');
if (form) {
  enhanceRegion(document.getElementById('region-field'));
  toggleIdentity(form);
}

function enhanceRegion(field) {
  const original = field?.querySelector('select[name="regionCode"]');
  if (!original) return;
  const groups = [...original.querySelectorAll('optgroup')];
  const provinces = new Map();
  for (const g of groups) {
    if (!provinces.has(g.dataset.province)) provinces.set(g.dataset.province, g.dataset.provinceName);
  }
  const make = (id, label) => {
    const wrap = document.createElement('div');
    wrap.className = 'cascade';
    const l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    const s = document.createElement('select');
    s.id = id;
    wrap.append(l, s);
    return [wrap, s];
  };
  const [pw, province] = make('f-region-province', field.dataset.labelProvince);
  const [cw, city] = make('f-region-city', field.dataset.labelCity);
  const [kw, county] = make('f-region-county', field.dataset.labelCounty);
  const fill = (select, options, selected) => {
    select.replaceChildren(new Option('—', ''), ...options.map(([v, t]) => new Option(t, v, false, v === selected)));
    select.disabled = options.length === 0;
  };
  const cityGroups = p => groups.filter(g => g.dataset.province === p);
  const chosen = original.value;
  const chosenGroup = groups.find(g => [...g.children].some(o => o.value === chosen));

  fill(province, [...provinces], chosenGroup?.dataset.province);
  const showCities = (selectedCity) => {
    const list = cityGroups(province.value).map(g => [g.dataset.city || '@' + province.value, g.dataset.city ? g.label.split(' ').pop() : g.label]);
    fill(city, list, selectedCity);
  };
  const showCounties = (selectedCounty) => {
    const group = groups.find(g => g.dataset.province === province.value && (g.dataset.city || '@' + province.value) === city.value);
    const options = group ? [...group.children].map(o => [o.value, o.value === group.dataset.city ? field.dataset.wholeCity : o.textContent]) : [];
    fill(county, options, selectedCounty);
  };
  showCities(chosenGroup ? (chosenGroup.dataset.city || '@' + chosenGroup.dataset.province) : undefined);
  showCounties(chosen);
  const sync = () => { original.value = county.value || (city.value.startsWith('@') ? '' : city.value); };
  province.addEventListener('change', () => { showCities(); showCounties(); sync(); });
  city.addEventListener('change', () => { showCounties(); sync(); });
  county.addEventListener('change', sync);

  original.hidden = true;
  original.tabIndex = -1;
  field.querySelector('label[for="f-regionCode"]').htmlFor = 'f-region-province';
  original.after(pw, cw, kw);
}

function toggleIdentity(form) {
  const box = document.getElementById('identity-fields');
  const update = () => { box.hidden = !form.querySelector('#f-realName').checked; };
  form.querySelectorAll('input[name="realName"]').forEach(r => r.addEventListener('change', update));
  update();
}
