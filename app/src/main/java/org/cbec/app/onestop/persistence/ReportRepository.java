package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.cbec.app.onestop.application.DepartmentReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The department reports, one per department, kind and period (made again: replaced). */
@Repository
class ReportRepository implements DepartmentReports {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void report(Report report) {
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("update onestop_department_report set body = ?, made_at = ?, taken_at = null "
                        + "where department = ? and kind = ? and period = ?")
                .params(report.body(), now, report.department(), report.kind(), report.period()).update();
        if (changed == 0) {
            jdbc.sql("insert into onestop_department_report (department, kind, period, body, made_at) "
                    + "values (?, ?, ?, ?, ?) on conflict do nothing").params(report.department(), report.kind(),
                    report.period(), report.body(), now).update();
        }
    }

    @Override
    public List<Report> of(String department, int limit) {
        return jdbc.sql("select department, kind, period, body from onestop_department_report where department = ? "
                        + "order by made_at desc, id desc fetch first " + limit + " rows only").param(department)
                .query((rs, n) -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
