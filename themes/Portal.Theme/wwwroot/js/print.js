// The 打印 buttons wait hidden until this script runs: without script the browser's own print command does the same.
document.querySelectorAll("button[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
