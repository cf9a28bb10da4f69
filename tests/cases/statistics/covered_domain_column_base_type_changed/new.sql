-- statistics/covered_domain_column_base_type_changed: a domain a covered column uses changes base type integer -> bigint over rows; the statistics come back with their target
create domain account_no as bigint constraint account_no_positive check (value > 0);
create table accounts (id integer primary key, parent account_no, branch integer);
create statistics accounts_parent_branch (dependencies) on parent, branch from accounts;
alter statistics accounts_parent_branch set statistics 42;
