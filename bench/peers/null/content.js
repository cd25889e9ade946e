// The floor: a content script that does nothing. What it adds to a page is what the browser
// charges for injecting any extension's content script (an isolated world, the script's load).
