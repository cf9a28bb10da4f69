-- statistics/kinds_change_with_column_rename: a covered column is renamed while the statistics change kinds; they are created again on the new name
create table t (id integer primary key, email text, region text);
create statistics t_mail_region (mcv) on email, region from t;
