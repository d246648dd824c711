// Alliance Compass in Tasklist: what a person reads around the product's forms. After Complete, what
// was recorded and what happens next; after a refused submission, the field's own message at the top
// and the focus on that field; after starting an alliance, its reference and a link to its page; and
// in place of an engine exception, a sentence. Loaded by config.js before Tasklist starts.
const angular = window.angular;
const base = document.querySelector('base');
const productRoot = (base.getAttribute('app-root') || '').replace(/\/camunda$/, '');
const engineApi = base.getAttribute('engine-api');

// the process whose business key is the alliance reference (design, section 4)
const LIFECYCLE = 'alliance-lifecycle';
// how the server words a submission that breaks its form's rules (taskform/FormGuard)
const FORM_REFUSAL = 'Invalid form data: ';

const TASK = /^task\/([^/]+)$/;
const TASK_FORM = /^task\/([^/]+)\/form$/;
const TASK_FORM_VARIABLES = /^task\/([^/]+)\/form-variables$/;
const TASK_SUBMIT = /^task\/([^/]+)\/submit-form$/;
const START_SUBMIT = /^process-definition\/.+\/submit-form$/;
// Tasklist recognises these messages and words them itself
const TASKLIST_WORDED = /task is null|No matching task|is suspended|submission prevented/;
// what no person should have to read: class names, engine codes, ids, URLs
const TECHNICAL = /Exception|ENGINE-\d+|\bnull\b|[0-9a-f]{8}-[0-9a-f]{4}-|request on \S+ failed|permission/i;

const NOT_ALLOWED = 'Your account may not do this. If it needs doing, ask an alliance manager or an administrator.';
const WENT_WRONG = 'Something went wrong. Reload the page and try again; if it keeps happening, tell your '
  + 'administrator when it happened.';

// what Tasklist loaded about each open task: its name, its alliance, its form (schema)
const tasks = new Map();
const taskOf = id => {
  if (!tasks.has(id)) {
    tasks.set(id, {});
  }
  return tasks.get(id);
};
let startedAlliance = null;
let refusal = null;

const escapeHtml = text => {
  const div = document.createElement('div');
  div.textContent = text == null ? '' : String(text);
  return div.innerHTML;
};

const alliancePageLink = reference => '<a href="' + productRoot + '/alliances/' + encodeURIComponent(reference)
  + '">Open the alliance page of ' + escapeHtml(reference) + '</a>';

/**
 * "key: problem (Label); …" as the server writes it (taskform/FormGuard), as the fields it names and
 * the sentences a person reads, each led by the field's label (from the message or the form).
 */
const violations = (message, form) => message.substring(message.indexOf(FORM_REFUSAL) + FORM_REFUSAL.length)
  .split('; ').map(violation => {
    const colon = violation.indexOf(': ');
    const field = colon < 0 ? null : violation.substring(0, colon);
    let problem = colon < 0 ? violation : violation.substring(colon + 2);
    let label = null;
    const labelled = /^(.*) \(([^()]*)\)$/.exec(problem);
    if (labelled) {
      problem = labelled[1];
      label = labelled[2];
    } else if (form && field) {
      const component = findComponent(form.components || [], field.split(/[.[]/)[0]);
      label = component && component.label;
    }
    return {field, text: (label ? '“' + label + '”: ' : '') + problem + '.'};
  });

/** Words an error of the engine API for the person who caused it. */
const explain = (err, path) => {
  const body = (err.response && err.response.body) || {};
  const message = body.message || err.message || '';
  if (TASKLIST_WORDED.test(message)) {
    return;
  }
  if (err.status === 403 || body.type === 'AuthorizationException') {
    err.message = NOT_ALLOWED;
  } else if (message.includes(FORM_REFUSAL)) {
    const submitted = TASK_SUBMIT.exec(path);
    const taskId = submitted && submitted[1];
    const found = violations(message, taskId && tasks.has(taskId) ? tasks.get(taskId).form : null);
    err.message = found.map(v => v.text).join(' ');
    refusal = taskId && {taskId, fields: found.map(v => v.field).filter(Boolean)};
  } else if (TECHNICAL.test(message)) {
    err.message = WENT_WRONG;
  }
};

/** The form-js field (its wrapper element) of a form field key, or the first field form-js marked invalid. */
const fieldElement = (taskId, key) => {
  const form = taskId && tasks.has(taskId) && tasks.get(taskId).form;
  if (form && key) {
    const name = key.split(/[.[]/)[0];
    const component = findComponent(form.components || [], name);
    const input = component && document.querySelector('.fjs-form [id$="-' + component.id + '"], '
      + '.fjs-form [id$="-' + component.id + '-0"]');
    if (input) {
      return input.closest('.fjs-form-field');
    }
  }
  const invalid = document.querySelector('.fjs-form .fjs-form-field-error');
  return invalid && invalid.closest('.fjs-form-field');
};

const findComponent = (components, key) => {
  for (const component of components) {
    if (component.key === key || component.path === key) {
      return component;
    }
    const nested = findComponent(component.components || [], key);
    if (nested) {
      return nested;
    }
  }
  return null;
};

const labelOf = field => {
  const label = field.querySelector('.fjs-form-field-label');
  return label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
};

/** After a refused Complete: the field's message goes to the top, and the focus to the field. */
const pointAtRefusedField = (notification, $rootScope) => {
  const refused = refusal;
  refusal = null;
  // form-js draws its messages after the submission that found them
  window.setTimeout(() => {
    const field = fieldElement(refused && refused.taskId, refused && refused.fields[0]);
    if (!field) {
      return;
    }
    notification.status = 'Not recorded yet: an answer needs your attention';
    if (!notification.message) {
      const error = field.querySelector('.fjs-form-field-error');
      notification.message = escapeHtml('“' + labelOf(field) + '”: ' + (error ? error.textContent.trim() : ''));
    }
    $rootScope.$applyAsync();
    field.scrollIntoView({block: 'center'});
    const input = field.querySelector('input, textarea, select, [tabindex]');
    if (input) {
      input.focus({preventScroll: true});
    }
  }, 50);
};

/** What the person just recorded, what happens next (the form says), and where to follow it. */
const confirmCompletion = (taskId, Notifications) => {
  const task = tasks.get(taskId) || {};
  tasks.delete(taskId);
  const next = task.form && task.form.properties && task.form.properties.afterCompletion;
  const parts = [];
  if (next) {
    parts.push(escapeHtml(next));
  }
  if (task.reference) {
    parts.push(alliancePageLink(task.reference));
  }
  Notifications.addMessage({
    type: 'success',
    status: 'Recorded: ' + escapeHtml(task.name || 'your task'),
    message: parts.join(' '),
    unsafe: true,
    exclusive: ['type']
  });
};

const remember = (path, result) => {
  let match;
  if ((match = TASK.exec(path))) {
    taskOf(match[1]).name = result.name;
  } else if ((match = TASK_FORM_VARIABLES.exec(path))) {
    const reference = result.allianceReference;
    taskOf(match[1]).reference = reference && reference.value;
  } else if ((match = TASK_FORM.exec(path)) && result.camundaFormRef) {
    const task = taskOf(match[1]);
    // the schema Tasklist renders: its fields' ids, and what the form says happens after it
    fetch(engineApi + 'engine/default/task/' + match[1] + '/deployed-form',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => (response.ok ? response.json() : null))
      .then(form => {
        task.form = form;
      })
      .catch(() => null);
  }
};

angular.module('cam.tasklist.custom').config(['$provide', $provide => {

  // every call Tasklist makes to the engine API goes through this client
  $provide.decorator('camAPIHttpClient', ['$delegate', '$injector', (Client, $injector) => {
    function ProductClient(config) {
      Client.call(this, config);
    }
    ProductClient.prototype = Object.create(Client.prototype);
    ['get', 'post', 'put', 'del'].forEach(method => {
      ProductClient.prototype[method] = function (path, options) {
        const call = options || {};
        const done = typeof call.done === 'function' ? call.done : () => {};
        call.done = function (err, result) {
          if (err) {
            explain(err, path);
          } else if (method === 'get') {
            remember(path, result || {});
          } else if (method === 'post' && TASK_SUBMIT.test(path)) {
            confirmCompletion(TASK_SUBMIT.exec(path)[1], $injector.get('Notifications'));
          } else if (method === 'post' && START_SUBMIT.test(path) && result && result.definitionKey === LIFECYCLE) {
            startedAlliance = result.businessKey;
          }
          return done.apply(this, arguments);
        };
        return Client.prototype[method].call(this, path, call);
      };
    });
    return ProductClient;
  }]);

  $provide.decorator('Notifications', ['$delegate', '$injector', (Notifications, $injector) => {
    const add = Notifications.add;
    Notifications.add = function (notification) {
      const $translate = $injector.get('$translate');
      if (startedAlliance && notification.status === $translate.instant('PROCESS_START_OK')) {
        // the new alliance's reference, which Task_RegisterAlliance gave it during the start
        notification.status = 'Alliance ' + escapeHtml(startedAlliance) + ' is registered';
        notification.message = 'Next, the alliance managers define its objectives and partner criteria. '
          + alliancePageLink(startedAlliance);
        notification.unsafe = true;
        delete notification.duration;
        startedAlliance = null;
      }
      add.call(this, notification);
      if (notification.type === 'danger' && notification.status === escapeHtml($translate.instant('COMPLETE_ERROR'))) {
        pointAtRefusedField(notification, $injector.get('$rootScope'));
      }
    };
    return Notifications;
  }]);
}]);

// Names for Tasklist's controls that show only an icon, which a screen reader would announce as
// nothing but "button" or "link"
const CONTROL_NAMES = [
  ['button.region-toggle[data-region="filters"]', 'Show or hide the filters'],
  ['button.region-toggle[data-region="list"]', 'Show or hide the task list'],
  ['button.region-toggle[data-region="task"]', 'Show or hide the task'],
  ['button.maximize[data-region]', 'Show only the task'],
  ['button.reset-regions', 'Show filters, task list and task'],
  ['.task-filter .actions a', 'Filter details'],
  ['.sort-direction', 'Reverse the order'],
  ['.new-sort > .dropdown-toggle', 'Sort by a further property'],
  ['[cam-widget-search] .dropdown-toggle', 'Saved searches'],
  ['.page-notifications .close', 'Close this message'],
  ['button.unclaim', 'Hand back this task']
];

/** What the product adds to Tasklist's markup, each time Tasklist draws some of it. */
const improveMarkup = () => {
  CONTROL_NAMES.forEach(([selector, name]) => document.querySelectorAll(selector).forEach(control => {
    if (!control.hasAttribute('aria-label')) {
      control.setAttribute('aria-label', name);
    }
  }));
  // the search field opens a list of suggestions: a combobox, which may say whether it is open
  document.querySelectorAll('input.main-field[aria-expanded]:not([role])')
    .forEach(field => field.setAttribute('role', 'combobox'));
  // a due date and the task's groups, which only an administrator may change, leave everybody else's
  // tab order (user-styles.css keeps the pointer off them)
  const tabindex = document.documentElement.classList.contains('alliance-admin') ? '0' : '-1';
  document.querySelectorAll('[cam-tasklist-task-meta] .due-date, [cam-tasklist-task-meta] .groups a')
    .forEach(control => {
      if (control.getAttribute('tabindex') !== tabindex) {
        control.setAttribute('tabindex', tabindex);
      }
    });
  // confirmations and refusals are read out as they appear
  const notifications = document.querySelector('.page-notifications .notifications');
  if (notifications && !notifications.hasAttribute('aria-live')) {
    notifications.setAttribute('aria-live', 'polite');
  }
};
new MutationObserver(improveMarkup).observe(document.documentElement,
  {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});

export default [];
