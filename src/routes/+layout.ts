/**
 * Pages are complete HTML from the server and work without JavaScript. No framework code is sent to
 * the browser: a small script (static/enhance.js) adds focus handling and keeps answers on the device.
 */
export const csr = false;
