-- statistics/covered_column_renamed_and_retyped: a covered column is renamed and goes from integer to bigint over rows; the statistics come back on the new name with their comment
create table t (id integer primary key, customer bigint, region text);
create statistics t_cust_region (ndistinct) on customer, region from t;
comment on statistics t_cust_region is 'customer and region';
