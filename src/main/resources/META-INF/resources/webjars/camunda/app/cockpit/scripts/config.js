// Alliance Compass branding of Camunda Cockpit; see the Camunda docs for further options.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Alliance Compass'
  },
  customScripts: ['scripts/alliance-single-sign-on'],
  disableWelcomeMessage: true
};
