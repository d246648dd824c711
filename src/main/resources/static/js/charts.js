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

  function styled(series, index, type) {
    var colour = COLOURS[index % COLOURS.length];
    var overall = type === 'line' && series.label === 'Overall';
    return {
      label: series.label,
      data: series.data,
      borderColor: colour,
      backgroundColor: type === 'radar' ? colour + '22' : colour,
      pointStyle: POINTS[index % POINTS.length],
      pointRadius: 5,
      borderDash: DASHES[index % DASHES.length],
      borderWidth: overall ? 4 : 2,
      fill: type === 'radar',
      spanGaps: true
    };
  }

  function scale(type) {
    var range = { min: 0, max: 100, ticks: { stepSize: 20 } };
    return type === 'radar' ? { r: range } : { y: range };
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
        scales: scale(spec.type),
        plugins: {
          title: { display: true, text: spec.title },
          legend: { position: 'bottom', labels: { usePointStyle: true } }
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
