/** All the widget's styles, inside its shadow root: the host page's CSS neither leaks in nor out. */
export const STYLES = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.root { position: fixed; bottom: 16px; z-index: 2147483000; color: #1f2933; font-size: 14px; line-height: 1.4; }
.root.right { right: 16px; } .root.left { left: 16px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; cursor: pointer; }
.launcher { width: 56px; height: 56px; border-radius: 50%; border: none; background: var(--sapa-color); color: #fff;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); display: grid; place-items: center; }
.launcher svg { width: 28px; height: 28px; fill: currentColor; }
.launcher:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, a:focus-visible {
  outline: 3px solid #f5a623; outline-offset: 2px; }
.panel { position: absolute; bottom: 68px; width: min(360px, calc(100vw - 32px)); height: min(560px, calc(100vh - 100px));
  background: #fff; border-radius: 12px; box-shadow: 0 6px 28px rgba(0,0,0,.28); display: flex; flex-direction: column; overflow: hidden; }
.right .panel { right: 0; } .left .panel { left: 0; }
.panel[hidden] { display: none; }
header { background: var(--sapa-color); color: #fff; padding: 12px 14px; display: flex; align-items: flex-start; gap: 8px; }
header h2 { margin: 0; font-size: 16px; } header p { margin: 2px 0 0; font-size: 12px; opacity: .9; }
header .titles { flex: 1; }
.close { background: transparent; border: none; color: #fff; font-size: 22px; line-height: 1; padding: 0 4px; }
.content { flex: 1; overflow-y: auto; display: flex; flex-direction: column; }
.prechat { padding: 14px; display: flex; flex-direction: column; gap: 10px; }
.intro { margin: 0; }
.field label { display: block; font-weight: 600; margin-bottom: 3px; }
.field input, .field select { width: 100%; padding: 8px; border: 1px solid #9aa5b1; border-radius: 6px; font: inherit; background: #fff; }
[aria-invalid="true"] { border-color: #c62828 !important; }
.field-error, .form-error { color: #b71c1c; margin: 2px 0 0; font-size: 12px; }
.field-error:empty, .form-error:empty { display: none; }
.primary { background: var(--sapa-color); color: #fff; border: none; border-radius: 6px; padding: 9px 14px; font-weight: 600; }
.primary:disabled { opacity: .6; cursor: wait; }
.chat { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.chat[hidden], .prechat[hidden] { display: none; }
.notice { background: #fff8e1; border-bottom: 1px solid #f3e0a1; padding: 8px 12px; margin: 0; font-size: 13px; }
.notice[hidden] { display: none; }
.notice a { color: #0b4f8a; font-weight: 600; }
.log { list-style: none; margin: 0; padding: 12px; flex: 1; overflow-y: auto; display: flex; flex-direction: column; gap: 8px; }
.line { max-width: 85%; padding: 7px 10px; border-radius: 10px; }
.line .body { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.line .meta { margin: 3px 0 0; font-size: 11px; opacity: .75; }
.visitor { align-self: flex-end; background: var(--sapa-color); color: #fff; }
.agent { align-self: flex-start; background: #eef2f6; }
.composer { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #e4e7eb; }
.composer textarea { flex: 1; resize: none; padding: 8px; border: 1px solid #9aa5b1; border-radius: 6px; font: inherit; }
.link { background: none; border: none; color: #0b4f8a; text-decoration: underline; padding: 4px 12px 10px; align-self: flex-start; font-size: 12px; }
.link[hidden] { display: none; }
.footnote { font-size: 12px; padding: 0 12px 8px; margin: 0; color: #3e4c59; }
`;
