/*
 * Alliance Compass: draws the charts of an alliance page with Chart.js. Each chart's data sits in
 * its canvas's data-chart attribute (JSON written by the server), so the page needs no inline
 * script; the tables beside the charts carry the same figures as text.
 */
(function () {
  'use strict';

  // colour-blind-safe (Okabe-Ito), each series also with its own point style and dash pattern
  var COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#1d2a33', '#E69F00', '#56B4E9'];
  var POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot', 'rectRounded'];
  var DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [], [4, 4], [1, 3]];

  // a series that repeats an earlier one (sameAs, from the server) is drawn on top of it: a larger,
  // hollow marker leaves the other's marker visible inside, and the legend names the other
  function styled(series, index, type) {
    var colour = COLOURS[index % COLOURS.length];
    var overall = type === 'line' && series.label === 'Overall';
    var repeats = !!series.sameAs;
    return {
      label: series.label,
      sameAs: series.sameAs,
      data: series.data,
      borderColor: colour,
      backgroundColor: type === 'radar' ? colour + '22' : colour,
      pointStyle: POINTS[index % POINTS.length],
      pointRadius: repeats ? 9 : 5,
      pointBorderWidth: repeats ? 3 : 1,
      pointBackgroundColor: repeats ? 'transparent' : colour,
      borderDash: DASHES[index % DASHES.length],
      borderWidth: overall ? 4 : 2,
      fill: type === 'radar' && !repeats,
      spanGaps: true
    };
  }

  function legendLabels(chart) {
    return Chart.defaults.plugins.legend.labels.generateLabels(chart).map(function (item) {
      var sameAs = chart.data.datasets[item.datasetIndex].sameAs;
      if (sameAs) {
        item.text += ' (same as ' + sameAs + ')';
      }
      return item;
    });
  }

  // scores run 0 to 100; a KPI's axis fits its own values (min and max absent)
  function scale(spec) {
    var range = spec.min === null || spec.min === undefined ? { grace: '10%' }
      : { min: spec.min, max: spec.max, ticks: { stepSize: 20 } };
    return spec.type === 'radar' ? { r: range } : { y: range };
  }

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    return new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (series, i) { return styled(series, i, spec.type); })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        scales: scale(spec),
        // the tooltip lists every series at the point, also those whose values coincide
        interaction: { mode: 'index', intersect: false },
        plugins: {
          title: { display: true, text: spec.title },
          legend: { position: 'bottom', labels: { usePointStyle: true, generateLabels: legendLabels } }
        }
      }
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
