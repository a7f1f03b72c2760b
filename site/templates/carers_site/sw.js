// Carers Directory's service worker: the offline crisis card. site/crisis/offline.py serves it at /sw.js, so it looks
// after every page of the site.
//
// On a visitor's first visit it keeps the stylesheet, the icon and offline.js; offline.js then tells it which
// crisis page is the visitor's (the one in their language) and it keeps that too. Pages always come from the
// network first. Only when the network fails does it show the saved copy of the page asked for, or else the
// saved crisis page. The version below changes when the crisis numbers, the crisis page or the stylesheet
// change; the browser then installs this worker again, which fetches fresh copies and deletes the old ones.
"use strict";

const CONFIG = {{ config|safe }};

const PREFIX = "carers-offline-";
const CRISIS_CACHE = PREFIX + "crisis-" + CONFIG.version; // the crisis page and the files it needs
const PAGES_CACHE = PREFIX + "pages-" + CONFIG.version; // other pages as last read online
const MAX_SAVED_PAGES = 20; // the most recently read pages are kept, the oldest dropped
const CRISIS_PATHS = Object.values(CONFIG.crisisPages);
// Never answered or kept by this worker: the admin, and this file itself.
const NOT_OFFLINE = /^\/(admin|django-admin)\/|^\/sw\.js$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CRISIS_CACHE);
      await cache.addAll(CONFIG.assets);
      // Fetch again the crisis pages an older version kept, so an update never leaves a phone without one.
      for (const path of await crisisPagesKeptBefore()) {
        await keepCrisisPage(path).catch(() => {});
      }
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CRISIS_CACHE && name !== PAGES_CACHE) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })()
  );
});

// offline.js sends {crisisPage: "/ur/crisis/"} from every page. Only the site's crisis pages are accepted, and
// each is fetched once per version (reading it online keeps it fresh, below).
self.addEventListener("message", (event) => {
  const path = event.data && event.data.crisisPage;
  if (CRISIS_PATHS.includes(path)) {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CRISIS_CACHE);
        if (!(await cache.match(path, { ignoreVary: true }))) {
          await keepCrisisPage(path);
        }
      })()
    );
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || NOT_OFFLINE.test(url.pathname)) {
    return; // the browser handles it as if there were no worker
  }
  if (request.mode === "navigate") {
    event.respondWith(pageFromNetworkOrSaved(event, url));
  } else if (CONFIG.assets.includes(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreVary: true })));
  }
});

async function pageFromNetworkOrSaved(event, url) {
  try {
    const response = await fetch(event.request);
    if (canKeep(response)) {
      event.waitUntil(keepPage(url, response.clone()));
    }
    return response;
  } catch (networkFailed) {
    const saved = (await caches.match(event.request, { ignoreVary: true })) || (await savedCrisisPage(url.pathname));
    return saved || Response.error();
  }
}

// Only whole pages anyone may see: no errors or redirects, nothing marked private or no-store (signed in).
function canKeep(response) {
  const cacheControl = response.headers.get("Cache-Control") || "";
  return response.ok && response.type === "basic" && !response.redirected && !/private|no-store/.test(cacheControl);
}

// Fetched without cookies: the copy anyone would see, never a signed-in editor's or a family pack's.
async function keepCrisisPage(path) {
  const response = await fetch(path, { credentials: "omit" });
  if (canKeep(response)) {
    const cache = await caches.open(CRISIS_CACHE);
    await cache.put(path, response);
  }
}

async function keepPage(url, response) {
  if (CRISIS_PATHS.includes(url.pathname)) {
    const cache = await caches.open(CRISIS_CACHE);
    await cache.put(url.pathname, response);
    return;
  }
  const cache = await caches.open(PAGES_CACHE);
  await cache.put(url.href, response);
  const kept = await cache.keys(); // oldest first
  for (const old of kept.slice(0, -MAX_SAVED_PAGES)) {
    await cache.delete(old);
  }
}

// The saved crisis page in the language of the page asked for (/ur/... is Urdu), else in English, else any.
async function savedCrisisPage(pathname) {
  const language = pathname.split("/")[1];
  const cache = await caches.open(CRISIS_CACHE);
  const candidates = [CONFIG.crisisPages[language], CONFIG.crisisPages[CONFIG.defaultLanguage], ...CRISIS_PATHS];
  for (const path of candidates) {
    const saved = path && (await cache.match(path, { ignoreVary: true }));
    if (saved) {
      return saved;
    }
  }
  return undefined;
}

async function crisisPagesKeptBefore() {
  const paths = new Set();
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX + "crisis-") && name !== CRISIS_CACHE) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (CRISIS_PATHS.includes(path)) {
          paths.add(path);
        }
      }
    }
  }
  return paths;
}
