// The loader hooks of module-recorder.mjs (they run on Node's hooks thread):
// every resolved URL is posted back to the main thread.
let port;

export async function initialize(data) {
  port = data.port;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port?.postMessage(result.url);
  return result;
}
