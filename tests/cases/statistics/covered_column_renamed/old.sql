-- statistics/covered_column_renamed: a column the statistics cover is renamed; the statistics are kept, not dropped and created
create table t (id integer primary key, mail text, region text);
create statistics t_mail_region_stats (dependencies) on mail, region, (lower(mail)) from t;
insert into t values (1, 'a@x', 'eu');
