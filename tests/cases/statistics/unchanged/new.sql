-- statistics/unchanged: statistics of every form that are already as desired give an empty plan
create schema stats;
create table t (id integer primary key, a integer, b integer, email text);
create statistics t_ab_default on a, b from t;
create statistics t_ab_all (ndistinct, dependencies, mcv) on b, a from t;
create statistics t_ab_mcv (mcv) on a, b from t;
alter statistics t_ab_mcv set statistics 0;
create statistics t_email on (lower(email)) from t;
create statistics stats.t_mixed (dependencies, ndistinct) on (lower(email)), a, (a + b) from public.t;
alter statistics stats.t_mixed set statistics 10000;
comment on statistics stats.t_mixed is 'mixed';
