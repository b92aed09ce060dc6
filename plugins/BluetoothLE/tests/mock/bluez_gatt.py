'''GATT extension for python-dbusmock's bluez5 template (BlueZ 5 over D-Bus).

Load it into a running "python3 -m dbusmock --system -t bluez5" with
org.freedesktop.DBus.Mock.AddTemplate("/path/to/bluez_gatt.py", {}) on "/".
It adds, on "/" under the org.bluez.GattMock interface, helpers to create LE devices with
GATT services and characteristics, and makes those objects behave like BlueZ's:

  Device1.Connect/Disconnect        update Connected and ServicesResolved (resolved shortly after connect)
  GattCharacteristic1.WriteValue    records (bytes, write type) and may answer with a notification
  GattCharacteristic1.ReadValue     returns the characteristic's Value
  GattCharacteristic1.Start/StopNotify  update Notifying; Value changes are signalled only while notifying

Errors can be injected per object and method (SetError) to test BlueZ error paths.
'''

import dbus
from gi.repository import GLib

from dbusmock import OBJECT_MANAGER_IFACE, mockobject

GATT_MOCK_IFACE = 'org.bluez.GattMock'
DEVICE_IFACE = 'org.bluez.Device1'
SERVICE_IFACE = 'org.bluez.GattService1'
CHAR_IFACE = 'org.bluez.GattCharacteristic1'

# Delay between Connect returning and ServicesResolved turning true, as on real hardware.
RESOLVE_DELAY_MS = 30


def load(_mock, _parameters):
    pass


def _manager():
    return mockobject.objects['/']


def _object(path):
    try:
        return mockobject.objects[str(path)]
    except KeyError as e:
        raise dbus.exceptions.DBusException(f'No object {path}', name='org.bluez.Error.DoesNotExist') from e


def _bytes(value):
    return dbus.Array([dbus.Byte(b) for b in value], signature='y')


def _raise_injected(obj, method):
    name = getattr(obj, 'injected_errors', {}).get(method)
    if name:
        raise dbus.exceptions.DBusException(f'{method} failed (injected)', name=name)


def _set(obj, iface, values):
    '''Sets properties and signals the change, like BlueZ does.'''
    for key, value in values.items():
        obj.props[iface][key] = value
    obj.EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as', [iface, values, []])


def _children(path):
    prefix = str(path) + '/'
    return sorted((p for p in mockobject.objects if p.startswith(prefix)), reverse=True)


# --- Device1 -----------------------------------------------------------------------------------

def _device_connect(device):
    _raise_injected(device, 'Connect')
    if device.props[DEVICE_IFACE]['Connected']:
        return
    _set(device, DEVICE_IFACE, {'Connected': dbus.Boolean(True, variant_level=1)})

    def resolve():
        if device.props[DEVICE_IFACE]['Connected']:
            _set(device, DEVICE_IFACE, {'ServicesResolved': dbus.Boolean(True, variant_level=1)})
        return False

    GLib.timeout_add(RESOLVE_DELAY_MS, resolve)


def _drop(device):
    for path in _children(device.path):
        obj = mockobject.objects[path]
        if CHAR_IFACE in obj.props and obj.props[CHAR_IFACE]['Notifying']:
            _set(obj, CHAR_IFACE, {'Notifying': dbus.Boolean(False, variant_level=1)})
    _set(device, DEVICE_IFACE, {
        'ServicesResolved': dbus.Boolean(False, variant_level=1),
        'Connected': dbus.Boolean(False, variant_level=1),
    })


def _device_disconnect(device):
    _raise_injected(device, 'Disconnect')
    if not device.props[DEVICE_IFACE]['Connected']:
        raise dbus.exceptions.DBusException('Not Connected', name='org.bluez.Error.NotConnected')
    _drop(device)


@dbus.service.method(GATT_MOCK_IFACE, in_signature='sssasa{qay}n', out_signature='o')
def AddLeDevice(_self, adapter, address, name, uuids, manufacturer_data, rssi):
    '''Adds an advertising LE device under /org/bluez/<adapter>; returns its path.'''
    adapter_path = '/org/bluez/' + adapter
    if adapter_path not in mockobject.objects:
        raise dbus.exceptions.DBusException(f'No adapter {adapter}', name='org.bluez.GattMock.NoSuchAdapter')
    path = adapter_path + '/dev_' + address.replace(':', '_').upper()
    props = {
        'Address': dbus.String(address, variant_level=1),
        'AddressType': dbus.String('random', variant_level=1),
        'Alias': dbus.String(name or address.replace(':', '-'), variant_level=1),
        'Adapter': dbus.ObjectPath(adapter_path, variant_level=1),
        'Paired': dbus.Boolean(False, variant_level=1),
        'Trusted': dbus.Boolean(False, variant_level=1),
        'Blocked': dbus.Boolean(False, variant_level=1),
        'LegacyPairing': dbus.Boolean(False, variant_level=1),
        'Connected': dbus.Boolean(False, variant_level=1),
        'ServicesResolved': dbus.Boolean(False, variant_level=1),
        'UUIDs': dbus.Array([str(u) for u in uuids], signature='s', variant_level=1),
        'RSSI': dbus.Int16(rssi, variant_level=1),
        'ManufacturerData': dbus.Dictionary(
            {dbus.UInt16(k): dbus.Array([dbus.Byte(b) for b in v], signature='y', variant_level=1)
             for k, v in manufacturer_data.items()},
            signature='qv', variant_level=1),
    }
    if name:
        props['Name'] = dbus.String(name, variant_level=1)
    _manager().AddObject(path, DEVICE_IFACE, props, [
        ('Connect', '', '', _device_connect),
        ('Disconnect', '', '', _device_disconnect),
    ])
    _manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                          [dbus.ObjectPath(path), {DEVICE_IFACE: props}])
    return dbus.ObjectPath(path)


@dbus.service.method(GATT_MOCK_IFACE, in_signature='o', out_signature='')
def RemoveLeDevice(_self, device_path):
    '''Removes a device and its GATT objects, signalling InterfacesRemoved for each.'''
    _object(device_path)
    for path in _children(device_path) + [str(device_path)]:
        ifaces = list(mockobject.objects[path].props.keys())
        _manager().RemoveObject(path)
        _manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesRemoved', 'oas', [dbus.ObjectPath(path), ifaces])


@dbus.service.method(GATT_MOCK_IFACE, in_signature='o', out_signature='')
def DropConnection(_self, device_path):
    '''The device goes out of range: Connected turns false without a Disconnect call.'''
    _drop(_object(device_path))


@dbus.service.method(GATT_MOCK_IFACE, in_signature='osn', out_signature='')
def Advertise(_self, device_path, name, rssi):
    '''A new advertisement: updates Name/Alias (when given) and RSSI.'''
    device = _object(device_path)
    values = {'RSSI': dbus.Int16(rssi, variant_level=1)}
    if name:
        values['Name'] = dbus.String(name, variant_level=1)
        values['Alias'] = dbus.String(name, variant_level=1)
    _set(device, DEVICE_IFACE, values)


# --- GATT ----------------------------------------------------------------------------------------

@dbus.service.method(GATT_MOCK_IFACE, in_signature='os', out_signature='o')
def AddGattService(_self, device_path, uuid):
    '''Adds a primary GATT service to a device; returns its path.'''
    _object(device_path)
    path = f'{device_path}/service{len(_children(device_path)) + 1:04x}'
    props = {
        'UUID': dbus.String(uuid, variant_level=1),
        'Device': dbus.ObjectPath(device_path, variant_level=1),
        'Primary': dbus.Boolean(True, variant_level=1),
    }
    _manager().AddObject(path, SERVICE_IFACE, props, [])
    _manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                          [dbus.ObjectPath(path), {SERVICE_IFACE: props}])
    return dbus.ObjectPath(path)


def _check_connected(char):
    device = _object(char.device_path)
    if not device.props[DEVICE_IFACE]['Connected']:
        raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.Failed')


def _notify(char, value):
    char.props[CHAR_IFACE]['Value'] = _bytes(value)
    if char.props[CHAR_IFACE]['Notifying']:
        char.EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as', [
            CHAR_IFACE, {'Value': dbus.Array(_bytes(value), signature='y', variant_level=1)}, []])


def _char_write(char, value, options):
    _raise_injected(char, 'WriteValue')
    _check_connected(char)
    data = bytes(value)
    char.writes.append((data, str(options.get('type', ''))))
    for when, reply_path, reply in char.replies:
        if when == data:
            target = _object(reply_path)
            GLib.idle_add(lambda t=target, r=reply: _notify(t, r) and False)


def _char_read(char, _options):
    _raise_injected(char, 'ReadValue')
    _check_connected(char)
    return _bytes(char.props[CHAR_IFACE]['Value'])


def _char_start_notify(char):
    _raise_injected(char, 'StartNotify')
    _check_connected(char)
    if not char.props[CHAR_IFACE]['Notifying']:
        _set(char, CHAR_IFACE, {'Notifying': dbus.Boolean(True, variant_level=1)})


def _char_stop_notify(char):
    _raise_injected(char, 'StopNotify')
    if char.props[CHAR_IFACE]['Notifying']:
        _set(char, CHAR_IFACE, {'Notifying': dbus.Boolean(False, variant_level=1)})


@dbus.service.method(GATT_MOCK_IFACE, in_signature='osas', out_signature='o')
def AddGattCharacteristic(_self, service_path, uuid, flags):
    '''Adds a characteristic to a service; returns its path.'''
    service = _object(service_path)
    path = f'{service_path}/char{len(_children(service_path)) + 1:04x}'
    props = {
        'UUID': dbus.String(uuid, variant_level=1),
        'Service': dbus.ObjectPath(service_path, variant_level=1),
        'Value': dbus.Array([], signature='y', variant_level=1),
        'Notifying': dbus.Boolean(False, variant_level=1),
        'Flags': dbus.Array([str(f) for f in flags], signature='s', variant_level=1),
    }
    _manager().AddObject(path, CHAR_IFACE, props, [
        ('WriteValue', 'aya{sv}', '', _char_write),
        ('ReadValue', 'a{sv}', 'ay', _char_read),
        ('StartNotify', '', '', _char_start_notify),
        ('StopNotify', '', '', _char_stop_notify),
    ])
    char = mockobject.objects[path]
    char.device_path = str(service.props[SERVICE_IFACE]['Device'])
    char.writes = []
    char.replies = []
    _manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                          [dbus.ObjectPath(path), {CHAR_IFACE: props}])
    return dbus.ObjectPath(path)


@dbus.service.method(GATT_MOCK_IFACE, in_signature='oayoay', out_signature='')
def AddReply(_self, char_path, when, reply_path, reply):
    '''When exactly "when" is written to char_path, "reply" is notified on reply_path.'''
    _object(char_path).replies.append((bytes(when), str(reply_path), bytes(reply)))


@dbus.service.method(GATT_MOCK_IFACE, in_signature='oay', out_signature='')
def SetValue(_self, char_path, value):
    '''Sets the value ReadValue returns, without notifying.'''
    _object(char_path).props[CHAR_IFACE]['Value'] = _bytes(value)


@dbus.service.method(GATT_MOCK_IFACE, in_signature='oay', out_signature='')
def Notify(_self, char_path, value):
    '''The device sends a notification (signalled only while notifying).'''
    _notify(_object(char_path), bytes(value))


@dbus.service.method(GATT_MOCK_IFACE, in_signature='o', out_signature='a(ays)')
def GetWrites(_self, char_path):
    '''Every write so far: (bytes, write type from the options: "request", "command" or "").'''
    return dbus.Array([dbus.Struct((_bytes(d), t), signature='ays') for d, t in _object(char_path).writes],
                      signature='(ays)')


@dbus.service.method(GATT_MOCK_IFACE, in_signature='oss', out_signature='')
def SetError(_self, path, method, error_name):
    '''Makes method on the object at path fail with error_name ("" to clear).'''
    obj = _object(path)
    if not hasattr(obj, 'injected_errors'):
        obj.injected_errors = {}
    obj.injected_errors[str(method)] = str(error_name)
