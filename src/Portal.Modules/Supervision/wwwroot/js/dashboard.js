// Draws the dashboard's charts from the JSON blocks the page carries; the tables beside them hold the same numbers
// with the same links, so the page is complete without script. A click on a bar or point opens that number's rows.
(function () {
  if (typeof echarts === 'undefined') return;

  function read(id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }

  function draw(elementId, option, links) {
    var element = document.getElementById(elementId);
    if (!element) return;
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    chart.on('click', function (event) {
      var link = links(event);
      if (link) window.location.href = link;
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.ready = 'true';
  }

  var trend = read('trend-data');
  if (trend) {
    draw('trend-chart', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 48, bottom: 28 },
      xAxis: { type: 'category', data: trend.months },
      yAxis: { type: 'value', minInterval: 1 },
      series: trend.series.map(function (s) {
        return { name: s.name, type: s.type, data: s.values, emphasis: { focus: 'series' } };
      })
    }, function (event) { return trend.series[event.seriesIndex].links[event.dataIndex]; });
  }

  var regions = read('region-data');
  if (regions) {
    draw('region-chart', {
      tooltip: { trigger: 'axis' },
      grid: { left: 100, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: regions.names, inverse: true },
      series: [{ type: 'bar', data: regions.values, itemStyle: { color: '#b42318' } }]
    }, function (event) { return regions.links[event.dataIndex]; });
  }
})();
