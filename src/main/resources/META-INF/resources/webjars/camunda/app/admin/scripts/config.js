// Alliance Compass branding of Camunda Admin; see the Camunda docs for further options.
export default {
  app: {
    name: 'Admin',
    vendor: 'Alliance Compass'
  },
  customScripts: ['scripts/alliance-single-sign-on'],
  disableWelcomeMessage: true
};
