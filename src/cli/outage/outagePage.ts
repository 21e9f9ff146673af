// The page a reader or an editor gets while the database cannot be reached: plain HTML
// with no database, script or stylesheet behind it, so it always renders.
export const OUTAGE_RETRY_AFTER_SECONDS = 30

export const OUTAGE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Back in a moment · Groundwork</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>Back in a moment</h1>
<p>Groundwork cannot reach its database right now, so this page cannot be shown. Pages you
have read recently still work. Nothing you did caused this, and nothing is lost: try again
in a minute.</p>
<p>Editors: the admin is unavailable until the database is back; your saved work is safe.
It reconnects by itself, with no restart.</p>
</main>
</body>
</html>`
