// Draws customs' dashboard from the figures the page's tables show, fetched as JSON (no inline script).
document.addEventListener('DOMContentLoaded', async () => {
  const perHour = document.getElementById('per-hour-chart');
  const reasons = document.getElementById('reasons-chart');
  if (!perHour || typeof echarts === 'undefined') {
    return;
  }
  const response = await fetch(perHour.dataset.figures, {headers: {Accept: 'application/json'}});
  if (!response.ok) {
    return;
  }
  const figures = await response.json();
  const series = Object.keys(figures.perHour).map(status => ({
    name: figures.labels[status] || status, type: 'bar', stack: 'parcels', data: figures.perHour[status]
  }));
  echarts.init(perHour).setOption({
    animation: false, tooltip: {trigger: 'axis'}, legend: {},
    xAxis: {type: 'category', data: figures.hours}, yAxis: {type: 'value', minInterval: 1}, series
  });
  const reasonNames = Object.keys(figures.reasons).map(reason => figures.labels[reason] || reason);
  const reasonCounts = Object.values(figures.reasons);
  if (reasonCounts.length === 0) {
    reasons.style.display = 'none';
    return;
  }
  echarts.init(reasons).setOption({
    animation: false, tooltip: {}, grid: {left: 220},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', inverse: true, data: reasonNames},
    series: [{type: 'bar', data: reasonCounts}]
  });
});
