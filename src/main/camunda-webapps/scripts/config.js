// Alliance Compass: the configuration of Camunda's Tasklist, Cockpit, Admin and Welcome. One source
// (src/main/camunda-webapps), copied into each webapp at build time; see the Camunda docs for the options.
const webapp = document.querySelector('base').getAttribute('app-name');
const names = {tasklist: 'Tasklist', cockpit: 'Cockpit', admin: 'Admin', welcome: 'Welcome'};

const config = {
  app: {
    name: names[webapp],
    vendor: 'Alliance Compass'
  },
  // declared, not left to the default: without it the webapps now and then showed raw
  // translation keys (CREATION_DATE, SEARCH_PLACEHOLDER) instead of their texts
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  customScripts: ['scripts/alliance-compass'].concat(webapp === 'tasklist' ? ['scripts/alliance-tasklist'] : []),
  disableWelcomeMessage: true
};

if (webapp === 'tasklist') {
  config.shortcuts = {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  };
}

export default config;
