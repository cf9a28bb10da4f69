select count(*) = 2 as t from import_rows where line in ('alpha', 'beta');
