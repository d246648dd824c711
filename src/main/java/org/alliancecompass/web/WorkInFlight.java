package org.alliancecompass.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.identity.Person;
import org.alliancecompass.review.Review;
import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.review.ReviewStatus;
import org.alliancecompass.review.Reviews;
import org.alliancecompass.web.AllianceAccess.Viewer;
import org.alliancecompass.work.OpenWork;
import org.alliancecompass.work.Waiting;
import org.alliancecompass.work.WorkItem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The work in flight of an alliance, as the alliance page and its API list it: each open task with
 * whom it waits for, since when, by when and how chased; the managers see every organisation's,
 * a partner's representative their own. A review's health assessments are each a person's own:
 * they are listed per organisation, how many of its people have answered of how many, never who.
 * And, for the portfolio, what waits for the person signed in.
 */
@Component
class WorkInFlight {

  /**
   * One line of work in flight.
   *
   * @param waitingFor whom it waits for, in words: a person, an organisation, the managers
   * @param link the task in Tasklist, when the reader is the one it waits for
   */
  public record WorkView(String task, String waitingFor, OffsetDateTime since, OffsetDateTime due, int reminders,
      int escalations, boolean overdue, String link) {
  }

  /** A task waiting for the person signed in, on the portfolio. */
  public record MyWork(String allianceReference, String allianceName, String task, OffsetDateTime due, boolean overdue,
      String link) {
  }

  /**
   * The tasks waiting for the person signed in that the portfolio lists, soonest due first, and how
   * many there are in all: the rest are in Tasklist.
   */
  public record MyWorkList(List<MyWork> tasks, long total) {

    public long more() {
      return total - tasks.size();
    }
  }

  /** Tasks the portfolio lists of those waiting for the person signed in. */
  static final int MY_WORK_SHOWN = 10;

  private final OpenWork work;
  private final Reviews reviews;
  private final Alliances alliances;
  private final AllianceAccess access;
  private final IdentityService identity;

  WorkInFlight(OpenWork work, Reviews reviews, Alliances alliances, AllianceAccess access, IdentityService identity) {
    this.work = work;
    this.reviews = reviews;
    this.alliances = alliances;
    this.access = access;
    this.identity = identity;
  }

  List<WorkView> ofAlliance(Viewer viewer, Person person, String reference) {
    access.require(viewer, reference);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<WorkItem> items = work.ofAlliance(reference);
    List<WorkView> views = new ArrayList<>();
    Map<String, String> names = groupNames(items.stream().flatMap(i -> i.candidateGroups().stream()).toList());
    for (WorkItem item : items) {
      boolean mine = person.user().equals(item.assignee())
          || item.assignee() == null && item.candidateGroups().stream().anyMatch(person.groups()::contains);
      if (ReviewProcess.TASK_ASSESS_HEALTH.equals(item.taskKey()) && !person.user().equals(item.assignee())) {
        continue; // someone else's own assessment: counted per organisation below
      }
      if (!viewer.staff() && !mine && item.candidateGroups().stream().noneMatch(viewer.organisations()::contains)) {
        continue;
      }
      String waitingFor = item.assignee() != null ? personName(item.assignee())
          : String.join(", ", item.candidateGroups().stream().map(g -> names.getOrDefault(g, g)).toList());
      views.add(new WorkView(item.taskName(), waitingFor, item.createdAt(), item.dueAt(), item.remindersSent(),
          item.escalations(), overdue(item.dueAt(), now), mine ? WebLinks.task(item.taskId()) : null));
    }
    int reminders = items.stream().filter(i -> ReviewProcess.TASK_ASSESS_HEALTH.equals(i.taskKey()))
        .mapToInt(WorkItem::remindersSent).max().orElse(0);
    int escalations = items.stream().filter(i -> ReviewProcess.TASK_ASSESS_HEALTH.equals(i.taskKey()))
        .mapToInt(WorkItem::escalations).max().orElse(0);
    for (Review review : reviews.ofAlliance(reference)) {
      if (review.status() != ReviewStatus.OPEN || review.deadlineAt() == null || review.closedAt() != null) {
        continue;
      }
      Map<String, String> organisations = groupNames(review.participation().stream()
          .map(Review.Participation::organisationId).toList());
      for (Review.Participation p : review.participation()) {
        boolean asked = p.peopleAsked() != null && p.peopleAsked() > p.respondents();
        if (asked && (viewer.staff() || viewer.organisations().contains(p.organisationId()))) {
          views.add(new WorkView("Health assessments of review " + review.reviewNo(),
              organisations.getOrDefault(p.organisationId(), p.organisationId()) + ": " + p.respondents() + " of "
                  + p.peopleAsked() + (p.peopleAsked() == 1 ? " person" : " people") + " answered", review.openedAt(), review.deadlineAt(), reminders,
              escalations, overdue(review.deadlineAt(), now), null));
        }
      }
    }
    views.sort(Comparator.comparing(WorkView::due, Comparator.nullsLast(Comparator.naturalOrder())));
    return views;
  }

  /** What waits for the person: their own tasks and those of their groups, unclaimed, soonest due first. */
  /** The work waiting for the person signed in, as the portfolio lists it: the first {@value #MY_WORK_SHOWN}, soonest due first. */
  MyWorkList of(Person person) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Waiting waiting = work.waitingFor(person, MY_WORK_SHOWN);
    Map<String, String> allianceNames = alliances.names(waiting.first().stream().map(WorkItem::allianceReference)
        .collect(Collectors.toSet()));
    return new MyWorkList(waiting.first().stream()
        .map(item -> new MyWork(item.allianceReference(), allianceNames.getOrDefault(item.allianceReference(),
            item.allianceReference()), item.taskName(), item.dueAt(), overdue(item.dueAt(), now),
            WebLinks.task(item.taskId())))
        .toList(), waiting.total());
  }

  private static boolean overdue(OffsetDateTime due, OffsetDateTime now) {
    return due != null && due.isBefore(now);
  }

  private String personName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  private Map<String, String> groupNames(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return identity.createGroupQuery().groupIdIn(ids.stream().distinct().toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName(), (a, b) -> a));
  }
}
