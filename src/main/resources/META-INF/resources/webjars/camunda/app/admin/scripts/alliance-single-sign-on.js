// One sign-in for the product: when the webapp wants its own login page (signed out, session
// ended), go to the product's login page instead, and come back here after signing in.
const toProductLogin = () => {
  if (window.location.hash.startsWith('#/login')) {
    const root = document.querySelector('base').getAttribute('app-root') || '';
    window.location.replace(root.replace(/\/camunda$/, '') + '/login');
  }
};
window.addEventListener('hashchange', toProductLogin);
toProductLogin();
export default {};
