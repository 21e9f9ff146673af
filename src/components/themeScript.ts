export const THEME_STORAGE_KEY = 'groundwork-theme'

/**
 * Runs in <head> before the first paint, so a saved or system dark theme never
 * flashes light. Kept tiny and dependency-free because it is inlined in every page.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})()`
