// Alliance Compass branding of Camunda Welcome; see the Camunda docs for further options.
export default {
  app: {
    name: 'Welcome',
    vendor: 'Alliance Compass'
  },
  customScripts: ['scripts/alliance-single-sign-on'],
  disableWelcomeMessage: true
};
