package org.alliancecompass.command;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alliancecompass.identity.Person;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an improvement action's owner (or an alliance manager) adds to it between reports, as a
 * JSON API: a note with a link to evidence, a file of evidence ({@link ActionCommands}).
 */
@RestController
@RequestMapping(path = "/api/alliances/{reference}/improvement-actions/{action}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Commands")
class ActionCommandApi {

  @Schema(description = "A note on an improvement action: progress since the last one, and where the evidence is")
  record Note(
      @Schema(description = "What was done", example = "Budget review held with all three finance directors",
          requiredMode = Schema.RequiredMode.REQUIRED) String note,
      @Schema(description = "A link to the evidence (https://...)", example = "https://intranet.example.org/minutes/42")
      String evidenceLink) {
  }

  @Schema(description = "A file of evidence, its content in Base64 (a JSON body, as every command of this API)")
  record EvidenceFile(
      @Schema(description = "The file's name, its ending its kind", example = "budget-review-minutes.pdf",
          requiredMode = Schema.RequiredMode.REQUIRED) String fileName,
      @Schema(description = "The file's bytes, Base64-encoded; at most 5 MB decoded", requiredMode = Schema.RequiredMode.REQUIRED)
      String content) {
  }

  record Added(String message, String alliance) {
  }

  private final ActionCommands commands;

  ActionCommandApi(ActionCommands commands) {
    this.commands = commands;
  }

  @PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a note to an improvement action (its owner, an alliance manager)",
      description = "The note becomes the action's latest, shown to every partner at the next review; the action's "
          + "state stays: its owner completes it, or reports it blocked, in Tasklist.")
  @ApiResponse(responseCode = "201", description = "The note is added")
  ResponseEntity<Added> note(@Parameter(description = "The alliance reference, e.g. ALL-2026-0001") @PathVariable
      String reference, @Parameter(description = "The action's id") @PathVariable long action, @RequestBody Note note,
      Authentication authentication) {
    commands.addNote(Person.of(authentication), reference, action, note.note(), note.evidenceLink());
    return ResponseEntity.created(URI.create("/api/alliances/" + reference + "/improvement-actions"))
        .body(new Added("Note added to action " + action, "/alliances/" + reference));
  }

  @PostMapping(path = "/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a file of evidence to an improvement action (its owner, an alliance manager)",
      description = "PDF, Word, Excel, PowerPoint, an image, text or CSV, at most 5 MB; kept in the database with the "
          + "action and downloadable by everyone who sees the alliance. The alliance page takes the same file as a "
          + "form upload.")
  @ApiResponse(responseCode = "201", description = "The file is kept; Location is where to download it")
  ResponseEntity<Added> evidence(@PathVariable String reference, @PathVariable long action,
      @RequestBody EvidenceFile file, Authentication authentication) {
    byte[] content;
    try {
      content = file.content() == null ? null : java.util.Base64.getDecoder().decode(file.content().replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw CommandRefused.invalid("content", "must be the file's bytes in Base64");
    }
    long id = commands.addEvidence(Person.of(authentication), reference, action, file.fileName(), content);
    return ResponseEntity.created(URI.create("/api/alliances/" + reference + "/improvement-actions/" + action
        + "/evidence/" + id)).body(new Added("File kept with action " + action, "/alliances/" + reference));
  }
}
