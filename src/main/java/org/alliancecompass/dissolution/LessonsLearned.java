package org.alliancecompass.dissolution;

import java.util.Map;

import org.alliancecompass.health.HealthModel;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The lessons for the next alliance, one per dimension of the health model and one overall.
 * Complete listener of {@code Task_RecordLessonsLearned} in {@code alliance-dissolution}.
 */
@Component("lessonsLearned")
class LessonsLearned implements TaskListener {

  private final DissolutionRepository dissolutions;

  LessonsLearned(DissolutionRepository dissolutions) {
    this.dissolutions = dissolutions;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    for (Map<String, Object> lesson : form.items(DissolutionProcess.LESSONS)) {
      Object text = lesson.get(DissolutionProcess.LESSON_TEXT);
      if (text != null && !text.toString().isBlank()) {
        dissolutions.saveLesson(form.allianceReference(), String.valueOf(lesson.get(HealthModel.DIMENSION)),
            text.toString().trim(), form.user());
      }
    }
    String overall = form.text(DissolutionProcess.LESSON_OVERALL);
    if (overall != null) {
      dissolutions.saveLesson(form.allianceReference(), null, overall, form.user());
    }
  }
}
