/*
 * 一图读懂 embed loader: turns
 *   <div data-yitu-src="https://…/yitu/"></div><script src="https://…/yitu/embed.js" async></script>
 * into a full-width iframe whose height follows the widget's content. The widget reports its height in
 * pym.js v1 messages ("pym" xPYMx id xPYMx "height" xPYMx pixels), so hosts already using pym.js work too.
 * A fragment on the host page, #yitu=indicator-3 (or task-7, department-health), opens that view.
 * Optional: data-yitu-title (the iframe's title), data-yitu-share="off" (share links point at the widget's
 * own pages instead of this article).
 */
(function () {
  'use strict';
  var SEPARATOR = 'xPYMx';
  var VIEW = /(?:^#|&)yitu=(indicator|task|department)-([A-Za-z0-9-]{1,64})(?:&|$)/;

  function viewPath() {
    var match = VIEW.exec(window.location.hash);
    return match ? match[1] + '/' + match[2] + '/' : '';
  }

  function setUp(container, index) {
    if (container.getAttribute('data-yitu-ready')) return;
    container.setAttribute('data-yitu-ready', 'true');
    var source = container.getAttribute('data-yitu-src') || '';
    if (source.charAt(source.length - 1) !== '/') source += '/';
    var root = new URL(source, window.location.href);
    if (root.protocol !== 'https:' && root.protocol !== 'http:') return;
    var id = container.id || 'yitu-' + index;
    var url = new URL(viewPath(), root);
    url.searchParams.set('initialWidth', String(container.offsetWidth));
    url.searchParams.set('childId', id);
    if (container.getAttribute('data-yitu-share') !== 'off') {
      url.searchParams.set('share', window.location.href.split('#')[0]);
    }
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = container.getAttribute('data-yitu-title') || '一图读懂';
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText = 'display:block;width:100%;height:600px;border:0;overflow:hidden';
    container.appendChild(iframe);
    window.addEventListener('message', function (event) {
      if (event.source !== iframe.contentWindow || typeof event.data !== 'string') return;
      var parts = event.data.split(SEPARATOR);
      if (parts[0] !== 'pym' || parts[1] !== id || parts[2] !== 'height') return;
      var height = parseInt(parts[3], 10);
      if (height > 0 && height < 100000) iframe.style.height = height + 'px';
    });
  }

  function setUpAll() {
    var containers = document.querySelectorAll('[data-yitu-src]');
    for (var index = 0; index < containers.length; index += 1) setUp(containers[index], index);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpAll);
  } else {
    setUpAll();
  }
})();
