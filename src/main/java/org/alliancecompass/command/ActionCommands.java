package org.alliancecompass.command;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.identity.Person;
import org.alliancecompass.review.ActionStatus;
import org.alliancecompass.review.ImprovementAction;
import org.alliancecompass.review.Reviews;
import org.alliancecompass.taskform.SafeEcho;
import org.springframework.stereotype.Component;

/**
 * What the owner of an improvement action (or an alliance manager) may add to it between reports:
 * a note with a link to evidence, or a file of evidence (kept in the database). Checked here:
 * who, on which action, in which state, what.
 */
@Component
public class ActionCommands {

  /** The most a file of evidence may weigh. */
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
  static final int MAX_NOTE = 4000;
  static final int MAX_LINK = 2000;
  private static final Pattern LINK = Pattern.compile("^https?://\\S+$");
  /** The kinds of file kept as evidence, by file name ending: documents, spreadsheets, images, text. */
  static final Map<String, String> FILE_TYPES = Map.of(
      "pdf", "application/pdf",
      "png", "image/png",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "txt", "text/plain",
      "csv", "text/csv",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

  private final Alliances alliances;
  private final Reviews reviews;

  ActionCommands(Alliances alliances, Reviews reviews) {
    this.alliances = alliances;
    this.reviews = reviews;
  }

  /** Whether the person may add notes and evidence to the action: its owner, or an alliance manager. */
  public static boolean mayUpdate(Person person, ImprovementAction action) {
    return action.status() != ActionStatus.DROPPED && action.status() != ActionStatus.CLOSED_AT_DISSOLUTION
        && (person.manager() || action.ownedBy(person.user(), person.groups()));
  }

  public void addNote(Person person, String reference, long actionId, String note, String evidenceLink) {
    ImprovementAction action = updatable(person, reference, actionId);
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw CommandRefused.invalid("note", "is required: say what was done since the last note");
    }
    if (text.length() > MAX_NOTE) {
      throw CommandRefused.invalid("note", "must be at most " + MAX_NOTE + " characters, got " + text.length());
    }
    String link = evidenceLink == null || evidenceLink.isBlank() ? null : evidenceLink.strip();
    if (link != null && (link.length() > MAX_LINK || !LINK.matcher(link).matches())) {
      throw CommandRefused.invalid("evidenceLink", "must be a web address starting with https:// or http://, at most "
          + MAX_LINK + " characters");
    }
    reviews.addNote(action, text, link, person.user());
  }

  /** Keeps a file of evidence; answers its id. */
  public long addEvidence(Person person, String reference, long actionId, String fileName, byte[] content) {
    ImprovementAction action = updatable(person, reference, actionId);
    String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
    if (name.isEmpty() || name.length() > 255) {
      throw CommandRefused.invalid("file", "needs a file name of 1 to 255 characters");
    }
    String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    String type = FILE_TYPES.get(ending);
    if (type == null) {
      throw CommandRefused.invalid("file", "must be one of " + String.join(", ", FILE_TYPES.keySet().stream().sorted()
          .toList()) + "; '" + SafeEcho.of(name) + "' is not");
    }
    if (content == null || content.length == 0) {
      throw CommandRefused.invalid("file", "is empty");
    }
    if (content.length > MAX_FILE_BYTES) {
      throw CommandRefused.invalid("file", "must be at most 5 MB, got " + (content.length / 1024) + " KB");
    }
    return reviews.addEvidence(action, name, type, content, person.user());
  }

  private ImprovementAction updatable(Person person, String reference, long actionId) {
    alliances.find(reference)
        .filter(a -> person.staff() || alliances.alliancesOf(person.organisations()).contains(reference))
        .orElseThrow(() -> CommandRefused.notFound(SafeEcho.of(reference)));
    ImprovementAction action = reviews.improvementAction(reference, actionId)
        .orElseThrow(() -> new CommandRefused(404, null, "Alliance " + reference + " has no improvement action " + actionId));
    if (!person.manager() && !action.ownedBy(person.user(), person.groups())) {
      throw CommandRefused.forbidden("Only the action's owner (" + action.ownerName() + ") or an alliance manager may "
          + "add to it");
    }
    if (!mayUpdate(person, action)) {
      throw CommandRefused.conflict("The action is " + action.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + "; nothing more can be added to it");
    }
    return action;
  }
}
