select string_agg(code, ',' order by code) = 'B,a,b' as t from codes;
