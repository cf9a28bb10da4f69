select count(*) = 2 as t from transfers where ledger_id is null;
