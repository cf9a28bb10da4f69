select (select count(*) from archive) = 3
   and (select count(*) from archive where archived_on < '2026-01-01') = 2
   and (select count(*) from archive_2025) = 2 as t;
