package org.cbec.app.onestop.application;

import java.util.List;

/**
 * The public service platform as the comprehensive service platform reports to it: a report per department, kind and
 * period. Kept here until the public platform takes it (the interface it plugs into: a feed it reads, or a push);
 * {@code onestop.persistence.ReportRepository} keeps them.
 */
public interface DepartmentReports {

    /** A report: for which department, what, for which period, its body (JSON). */
    record Report(String department, String kind, String period, String body) {
    }

    /** Makes (or makes again) a report. */
    void report(Report report);

    /** The reports of a department, newest first. */
    List<Report> of(String department, int limit);
}
