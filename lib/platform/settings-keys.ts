// The settings' keys in storage.local: "settings." and the setting's name, one item per setting.
// Its own file so that the content script, which watches these keys, loads no storage library.
export const SETTINGS_PREFIX = 'settings.';
