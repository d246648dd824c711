package org.alliancecompass.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may do what, set up on every start and idempotent: the product's groups, the administrator,
 * the Camunda authorizations of each group, and the shared Tasklist filters.
 *
 * <p>Tasks need no authorization here: Camunda grants a task's candidate groups access to that
 * task alone (with {@code TASK_WORK}, see {@code defaultUserPermissionNameForTask}), so a partner
 * representative sees the tasks of their own organisation and nothing else.
 */
@Component
@Order(10)
class AccessPolicy implements ApplicationRunner {

  static final String LIFECYCLE_PROCESS = "alliance-lifecycle";
  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AdminAccount admin;
  private final ProcessEngineConfigurationImpl configuration;

  AccessPolicy(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, AdminAccount admin,
      ProcessEngineConfigurationImpl configuration) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.admin = admin;
    this.configuration = configuration;
  }

  @Override
  public void run(ApplicationArguments args) {
    group(Groups.ADMINS, "Camunda administrators", "SYSTEM");
    group(Groups.MANAGERS, "Alliance managers", "WORKFLOW");
    group(Groups.BOARD, "Alliance leadership team", "WORKFLOW");
    group(Groups.LEGAL, "Legal", "WORKFLOW");
    group(Groups.FACILITATORS, "Independent facilitators", "WORKFLOW");
    administrator();

    for (Resources resource : Resources.values()) {
      grant(Groups.ADMINS, resource, ANY, Permissions.ALL);
    }
    // every user works in Tasklist; Cockpit and Admin stay with the administrators
    grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String group : List.of(Groups.MANAGERS, Groups.BOARD, Groups.LEGAL)) {
      grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    }
    // managers propose alliances; everything else they do outside a task is a product command, which the product
    // checks and runs: nobody but an administrator moves, modifies or re-variables a process instance
    grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, LIFECYCLE_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);

    filters();
  }

  private void group(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void administrator() {
    if (identityService.createUserQuery().userId(admin.user()).count() == 0) {
      User user = identityService.newUser(admin.user());
      user.setFirstName("Alliance");
      user.setLastName("Administrator");
      user.setPassword(admin.password());
      refuseWeakPassword(user);
      identityService.saveUser(user);
      LOG.info("Created the administrator '{}'", admin.user());
    }
    if (identityService.createUserQuery().userId(admin.user()).memberOfGroup(Groups.ADMINS).count() == 0) {
      identityService.createMembership(admin.user(), Groups.ADMINS);
    }
  }

  /**
   * Where the engine's password policy is on (the postgres profile), an administrator password that
   * breaks it stops the start with a message naming the variable and the rules, rather than the
   * engine's bare "Password does not match policy".
   */
  private void refuseWeakPassword(User user) {
    PasswordPolicy policy = identityService.getPasswordPolicy();
    if (policy == null) {
      return;
    }
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(policy, admin.password(), user);
    if (!result.isValid()) {
      String broken = result.getViolatedRules().stream()
          .map(rule -> rule.getPlaceholder().replace("PASSWORD_POLICY_", "").toLowerCase()
              + (rule.getParameters() == null ? "" : " " + rule.getParameters()))
          .collect(Collectors.joining(", "));
      throw new IllegalStateException("The administrator password (ALLIANCE_ADMIN_PASSWORD) breaks the password "
          + "policy of this installation: " + broken + ".");
    }
  }

  /**
   * Grants exactly these permissions: an authorization an earlier version granted with more (say,
   * the right to update any instance, to managers) is narrowed to these on the next start.
   */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (Arrays.asList(permissions).contains(Permissions.ALL) ? authorization.isEveryPermissionGranted()
        : grantedOf(authorization, resource).equals(Set.of(permissions))) {
      return;
    }
    authorization.setPermissions(permissions);
    authorizationService.saveAuthorization(authorization);
  }

  /** The permissions an authorization grants, of those the resource knows. */
  private Set<Permission> grantedOf(Authorization authorization, Resource resource) {
    Permission[] known = configuration.getPermissionProvider().getPermissionsForResource(resource.resourceType());
    return Set.of(authorization.getPermissions(known));
  }

  private void grantEveryone(Resource resource, String resourceId, Permission permission) {
    boolean present = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (!present) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** The shared Tasklist filters a manager and a partner representative want on first login. */
  private void filters() {
    // the first filter is the one Tasklist opens: everyone's work, whatever their role
    // a candidate user's tasks are those of their groups and organisation, and their own (a health assessment)
    filter("My group tasks", 10, "#2e7d4f", "Open tasks of your groups and organisation, and your own, claimed or not",
        taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks().orderByDueDate().asc());
    filter("My tasks", 20, "#1f6f8b", "Tasks you have claimed",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    filter("My organisation's assessments", 30, "#7a4fa0",
        "Your health assessments, and the candidate assessments your organisation is asked to complete",
        taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks().taskDefinitionKeyIn("Task_AssessPartnerHealth", "Task_AssessCandidateFit")
            .orderByDueDate().asc());
    filter("Due this week", 40, "#b5542b", "Tasks of your groups, and your own, due in the next seven days",
        taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks().dueBeforeExpression("${dateTime().plusDays(7)}").orderByDueDate().asc());
  }

  /** Creates the shared filter, or brings it up to date with this version of the product. */
  private void filter(String name, int priority, String color, String description, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", "allianceName", "label", "Alliance"),
        Map.of("name", "allianceReference", "label", "Reference")));
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filterService.saveFilter(filter.setProperties(properties).setQuery(query));
    grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
