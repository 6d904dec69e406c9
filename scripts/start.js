#!/usr/bin/env node
// `npm start`: the HTTPS dev server, and sideloading into desktop Excel with
// office-addin-debugging where Excel exists (Windows, macOS). Elsewhere it
// says how to sideload in Excel on the web and serves the preview page: the
// same pane over an in-memory workbook.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const resolves = (name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

const desktopExcel = (platform() === 'win32' || platform() === 'darwin') && resolves('office-addin-debugging');
const certs = join(homedir(), '.office-addin-dev-certs', 'localhost.crt');
if (!existsSync(certs) && resolves('office-addin-dev-certs')) {
  spawnSync('npx', ['office-addin-dev-certs', 'install'], { stdio: 'inherit', shell: platform() === 'win32' });
}

if (desktopExcel) {
  const child = spawn('npx', ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npx webpack serve --mode development', '--dev-server-port', '3000'], {
    stdio: 'inherit',
    shell: platform() === 'win32',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const scheme = existsSync(certs) ? 'https' : 'http';
  console.log(`
沒有偵測到桌面版 Excel（或 office-addin-debugging 未安裝），改為只啟動開發伺服器。
No desktop Excel here (or office-addin-debugging is not installed): starting the dev server only.

  預覽（不需 Excel）/ Preview without Excel:  ${scheme}://localhost:3000/preview.html
  工作窗格 / Task pane:                        ${scheme}://localhost:3000/taskpane.html

Excel 網頁版側載 / Sideload in Excel on the web:
  1. 於 Excel 網頁版開啟活頁簿 → 常用 → 增益集 → 其他設定 → 上傳我的增益集
     Open a workbook in Excel on the web → Home → Add-ins → More add-ins → Upload My Add-in
  2. 選擇本專案的 manifest.xml / choose this project's manifest.xml
  (瀏覽器須信任 localhost 的開發憑證：npx office-addin-dev-certs install)
`);
  const child = spawn('npx', ['webpack', 'serve', '--mode', 'development'], { stdio: 'inherit', shell: platform() === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
