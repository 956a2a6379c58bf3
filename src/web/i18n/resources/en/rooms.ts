/** Rooms: the list and adding or editing a room. */
export const rooms = {
  title: 'Rooms',
  intro:
    "Rooms hold sessions and cohorts. A session with more people than its room's capacity is flagged on the calendar.",
  loading: 'Loading rooms',
  none: 'No rooms yet.',
  table: 'Rooms',
  room: 'Room',
  capacity: 'Capacity',
  actions: 'Actions',
  archived: ' (archived)',
  edit: 'Edit',
  addTitle: 'Add a room',
  enterName: 'Enter a name.',
  enterCapacity: 'Enter how many people the room holds (1 or more).',
  saved: '{{name}} saved.',
  editForm: 'Edit {{name}}',
  notSaved: 'Not saved',
  name: 'Room name',
  capacityLabel: 'Capacity (people)',
  save: 'Save room',
  add: 'Add room',
} as const;
