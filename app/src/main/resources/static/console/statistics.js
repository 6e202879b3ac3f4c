// Draws the statistics' chart from the rows the page's table shows, given in the chart's data-rows (no inline
// script): one bar series per group, by period.
document.addEventListener('DOMContentLoaded', () => {
  const chart = document.getElementById('statistics-chart');
  if (!chart || typeof echarts === 'undefined') {
    return;
  }
  const rows = JSON.parse(chart.dataset.rows || '[]');
  if (rows.length === 0) {
    chart.style.display = 'none';
    return;
  }
  const periods = [...new Set(rows.map(r => r.period))];
  const groups = [...new Set(rows.map(r => r.group))];
  const series = groups.map(group => ({
    name: group, type: 'bar', stack: 'count',
    data: periods.map(p => (rows.find(r => r.period === p && r.group === group) || {count: 0}).count)
  }));
  echarts.init(chart).setOption({
    animation: false, tooltip: {trigger: 'axis'}, legend: {type: 'scroll'},
    xAxis: {type: 'category', data: periods}, yAxis: {type: 'value', minInterval: 1, name: chart.dataset.count},
    series
  });
});
