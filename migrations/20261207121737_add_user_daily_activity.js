// Written by tenantctl (docs/migrations.md); the same text beside every .sql
// migration. knex loads this file: it runs the part of the .sql file of the
// same name after "-- migrate:up" (up) or "-- migrate:down" (down). Edit the
// .sql, never this file.
'use strict';

const fs = require('fs');
const path = require('path');

const sqlFile = path.join(__dirname, path.basename(__filename, path.extname(__filename)) + '.sql');

function part(direction) {
  const parts = { up: [], down: null };
  let current = parts.up;
  for (const line of fs.readFileSync(sqlFile, 'utf8').split('\n')) {
    const marker = /^[ \t\r]*--[ \t]*migrate:([A-Za-z]+)[ \t\r]*$/.exec(line);
    if (marker && marker[1] === 'up') {
      parts.up = [];
      current = parts.up;
    } else if (marker && marker[1] === 'down') {
      parts.down = [];
      current = parts.down;
    } else {
      current.push(line);
    }
  }
  const lines = parts[direction];
  if (lines === null || lines.every((line) => /^[ \t\r]*(--[^\n]*)?$/.test(line))) {
    return null;
  }
  return lines.join('\n');
}

function run(knex, direction) {
  const sql = part(direction);
  if (sql === null) {
    if (direction === 'up') {
      return Promise.resolve();
    }
    return Promise.reject(new Error(path.basename(sqlFile) +
      ': has no down part (SQL after "-- migrate:down"), so it cannot be rolled back'));
  }
  // knex turns every bare ? into a $n placeholder; \? reaches the server as ?.
  return knex.raw(sql.replace(/\?/g, '\\?'));
}

exports.up = (knex) => run(knex, 'up');
exports.down = (knex) => run(knex, 'down');
