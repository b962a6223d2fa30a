package gr.cloudu.helpdesk.shared.application;

import java.util.List;

/**
 * An import file had rows that break the rules. Nothing of the file was imported (the whole file is one
 * transaction), so it can be corrected and sent again as it is.
 */
public class ImportRefused extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRefused(List<ImportProblem> problems) {
        super(problems.size() + " rows refused");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
