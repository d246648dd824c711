package org.alliancecompass.dissolution;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The dissolution module's API: an alliance's exit plan and the lessons learned from it. */
@Component
public class Dissolutions {

  private final DissolutionRepository dissolutions;

  Dissolutions(DissolutionRepository dissolutions) {
    this.dissolutions = dissolutions;
  }

  public Optional<PlannedExit> exitPlan(String reference) {
    return dissolutions.exitPlan(reference);
  }

  public List<Lesson> lessons(String reference) {
    return dissolutions.lessons(reference);
  }
}
