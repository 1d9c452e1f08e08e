// The baseline of every figure: a bare node:http server answering fixed bytes (a page
// Dossier served, with its content type), so a ratio says what Dossier costs over HTTP itself.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, file, type] = process.argv.slice(2);
const body = readFileSync(file);
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': type, 'content-length': body.length });
  response.end(body);
});
server.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
