select count(*) = 1 as t from pg_statistic_ext s join pg_statistic_ext_data d on d.stxoid = s.oid where s.stxname = 't_norm_region' and d.stxdndistinct is not null;
