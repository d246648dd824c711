// Alliance Compass in every Camunda webapp (Tasklist, Cockpit, Admin, Welcome): one sign-in, and
// controls only for those who may use them. Loaded by config.js before the webapp starts.
const base = document.querySelector('base');
const webapp = base.getAttribute('app-name');
const appRoot = base.getAttribute('app-root') || '';
const engineApi = base.getAttribute('engine-api');

// the group whose members administer the product: Cockpit, Admin, task dates and groups, Camunda's
// end-of-life notice; everybody else sees none of these (user-styles.css, html.alliance-admin)
const ADMIN_GROUP = 'camunda-admin';

// One sign-in for the product: when the webapp wants its own login page (signed out, session
// ended), go to the product's login page instead, and come back here after signing in.
const toProductLogin = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(appRoot.replace(/\/camunda$/, '') + '/login');
  }
};
window.addEventListener('hashchange', toProductLogin);
toProductLogin();

// The texts before the webapp starts. Camunda fetches them while its views render, and a view that
// reads a text once (Tasklist's sort choices) keeps the raw key (CREATION_DATE) on a first visit; every
// later visit takes them from Camunda's cache in localStorage, which this fills first. English only,
// as config.js declares.
const LOCALE = 'en';
const localeCacheKey = appRoot + '/app/' + webapp + '/locales/_locales_data_' + LOCALE + '_' + window.bust;
const cached = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
if (!cached[localeCacheKey]) {
  try {
    const response = await fetch(appRoot + '/app/' + webapp + '/locales/' + LOCALE + '.json?bust=' + window.bust,
      {credentials: 'same-origin'});
    if (response.ok) {
      cached[localeCacheKey] = await response.text();
      window.localStorage.setItem('camunda-web', JSON.stringify(cached));
    }
  } catch (e) {
    // Camunda fetches them itself
  }
}

// Marks the page of an administrator. The engine tells whose groups these are; a refusal or an
// error leaves the page as everybody else's.
const markAdministrator = authentication => {
  const page = document.documentElement;
  if (!authentication || !authentication.name) {
    page.classList.remove('alliance-admin');
    return;
  }
  fetch(engineApi + 'engine/default/identity/groups?userId=' + encodeURIComponent(authentication.name),
    {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : {groups: []}))
    .then(info => page.classList.toggle('alliance-admin', info.groups.some(group => group.id === ADMIN_GROUP)))
    .catch(() => page.classList.remove('alliance-admin'));
};

window.angular.module('cam.' + webapp + '.custom').run(['$rootScope', $rootScope => {
  $rootScope.$watch('authentication', markAdministrator);
}]);

export default [];
