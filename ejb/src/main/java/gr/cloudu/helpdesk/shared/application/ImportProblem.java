package gr.cloudu.helpdesk.shared.application;

import gr.cloudu.helpdesk.shared.domain.BusinessException;

/** Why one row of an import file was refused: its line and the rule it broke (which names the column). */
public record ImportProblem(int line, BusinessException refusal) {
}
