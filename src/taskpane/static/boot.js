// ES5 on purpose: this must run in hosts that cannot run the bundle, and show the message if the app never
// started (a syntax error in an old webview leaves the static content in place). A file, not an inline script:
// the page's Content-Security-Policy allows scripts from its own origin and office.js only.
document.documentElement.className = "phuluc-wait";
setTimeout(function () {
  document.documentElement.className = "";
}, 3000);
