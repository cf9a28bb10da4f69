-- an unused collation's locale changes: dropped and created
create collation sorter (provider = icu, locale = 'fr-FR');
