-- statistics/covered_column_renamed: a column the statistics cover is renamed; the statistics are kept, not dropped and created
create table t (id integer primary key, email text, region text);
create statistics t_mail_region_stats (dependencies) on email, region, (lower(email)) from t;
