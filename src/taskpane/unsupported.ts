/**
 * Runs first on taskpane.html, before the app bundle, and must parse in
 * Internet Explorer 11: ES5 syntax only (var, function; no arrows, let/const,
 * classes or template strings) — the build compiles this file for ES5 and
 * test/manifest/pages.test.ts checks it. No inline script: the page stays
 * CSP-clean without 'unsafe-inline'.
 *
 * Perpetual Office through 2019 (and some Microsoft 365 builds) show
 * add-ins in Internet Explorer ("Trident") or Microsoft Edge Legacy
 * ("EdgeHTML"), which React and Fluent UI do not support. There this script
 * reveals the bilingual message in #unsupported, hides #root and sets
 * `window.oshReviewUnsupported` so the app bundle (which may not even parse)
 * renders nothing. It also calls `Office.onReady()`: Microsoft's docs say an
 * add-in must call it (or set Office.initialize) as it loads, and some hosts
 * keep the pane blank, or say the add-in failed to start, until it does;
 * here the app bundle that would call it may never run.
 */
/* eslint-disable no-var -- ES5 on purpose: IE11 must parse this file. */

interface UnsupportedWindow extends Window {
  oshReviewUnsupported?: boolean;
  Office?: { onReady?: () => unknown };
}

(function () {
  var w = window as UnsupportedWindow;
  var ua = (w.navigator && w.navigator.userAgent) || '';
  var trident = ua.indexOf('Trident/') !== -1 || ua.indexOf('MSIE ') !== -1;
  var edgeHtml = /\bEdge\/\d/.test(ua);
  var lacksApis = typeof (w as unknown as { Promise?: unknown }).Promise === 'undefined' || typeof (w as unknown as { fetch?: unknown }).fetch === 'undefined';
  if (!trident && !edgeHtml && !lacksApis) return;
  w.oshReviewUnsupported = true;

  // Office.js (loaded before this script) hears that the page is up, so the host shows the message.
  try {
    if (w.Office && typeof w.Office.onReady === 'function') w.Office.onReady();
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding.
  } catch (ignored) {
    // A host without Office.js (a plain browser) has nothing to tell.
  }

  function show(): void {
    var message = document.getElementById('unsupported');
    var app = document.getElementById('root');
    if (app) app.style.display = 'none';
    if (!message) return;
    message.removeAttribute('hidden');
    message.style.display = 'block';
    message.style.padding = '12px 16px';
    message.style.fontFamily = '"Microsoft JhengHei", "微軟正黑體", "Segoe UI", sans-serif';
    message.style.lineHeight = '1.6';
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
