-- statistics/kinds_change_with_column_rename: a covered column is renamed while the statistics change kinds; they are created again on the new name
create table t (id integer primary key, mail text, region text);
create statistics t_mail_region (ndistinct) on mail, region from t;
insert into t values (1, 'a@x', 'eu');
