<#
.SYNOPSIS
    Checks Bluetooth LE on this machine with a real toy: builds the server, starts it with Bluetooth LE
    only, scans, and lists what was found.

.DESCRIPTION
    Made for Windows (the WinRT adapter), where CI cannot run it: switch the toy on, run

        powershell -ExecutionPolicy Bypass -File scripts\check-windows-ble.ps1

    from the repository root (or pwsh on PowerShell 7). Needs the .NET 10 SDK. The server's log is
    kept in artifacts\check-windows-ble.log. Exit code 0 when at least one toy was found, 1 otherwise.
    It runs the same way on Linux (BlueZ); extra server arguments go after -ServerArgs.

.PARAMETER ScanSeconds
    How long to scan (default 20).

.PARAMETER Port
    Client WebSocket port of the server (default 12345).

.PARAMETER NoBuild
    Use the last build instead of building first.

.PARAMETER ServerArgs
    More arguments for the server, e.g. '--log','debug'.
#>
param(
    [int]$ScanSeconds = 20,
    [int]$Port = 12345,
    [switch]$NoBuild,
    [string[]]$ServerArgs = @()
)

$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
$hostDir = Join-Path $root 'artifacts/release/host'
$logFile = Join-Path $root 'artifacts/check-windows-ble.log'
New-Item -ItemType Directory -Force -Path (Join-Path $root 'artifacts') | Out-Null

if (-not $NoBuild) {
    Write-Host '== Building the server and its plugins (Release)'
    & dotnet build (Join-Path $root 'ButtplugHost.sln') -c Release -v quiet -nologo "-clp:NoSummary" "-p:HostOutputDir=$hostDir/"
    if ($LASTEXITCODE -ne 0) { Write-Host 'Build failed.'; exit 1 }
}

Write-Host "== Starting the server with Bluetooth LE only on ws://127.0.0.1:$Port (log: $logFile)"
$arguments = @((Join-Path $hostDir 'ButtplugHost.dll'), '--use-bluetooth-le', '--websocket-port', "$Port") + $ServerArgs
$server = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -RedirectStandardOutput $logFile -RedirectStandardError "$logFile.err" -PassThru -NoNewWindow

function Show-BluetoothLog {
    Get-Content $logFile -ErrorAction SilentlyContinue |
        Where-Object { $_ -match 'btle|Bluetooth|No bus can scan' } |
        ForEach-Object { Write-Host "   server: $_" }
}

$socket = [System.Net.WebSockets.ClientWebSocket]::new()
$cancel = [System.Threading.CancellationToken]::None

function Send-Message([string]$json) {
    $bytes = [System.Text.Encoding]::UTF8.GetBytes($json)
    $socket.SendAsync([ArraySegment[byte]]::new($bytes), 'Text', $true, $cancel).GetAwaiter().GetResult() | Out-Null
}

# The next message array, or $null when nothing arrives within $timeoutMs. A receive is never
# cancelled (that would abort the socket): one stays pending across calls until it completes.
$script:buffer = [byte[]]::new(65536)
$script:text = [System.Text.StringBuilder]::new()
$script:pending = $null
function Receive-Messages([int]$timeoutMs) {
    $until = (Get-Date).AddMilliseconds($timeoutMs)
    while ($true) {
        if ($null -eq $script:pending) {
            $script:pending = $socket.ReceiveAsync([ArraySegment[byte]]::new($script:buffer), $cancel)
        }
        $left = [int][Math]::Max(0, ($until - (Get-Date)).TotalMilliseconds)
        if (-not $script:pending.Wait($left)) { return $null }
        $result = $script:pending.GetAwaiter().GetResult()
        $script:pending = $null
        if ($result.MessageType -eq 'Close') { throw 'The server closed the connection.' }
        [void]$script:text.Append([System.Text.Encoding]::UTF8.GetString($script:buffer, 0, $result.Count))
        if ($result.EndOfMessage) {
            $json = $script:text.ToString()
            [void]$script:text.Clear()
            return ($json | ConvertFrom-Json)
        }
    }
}

$found = @{}
$exitCode = 1
try {
    # Wait until the server listens (it exits at once on a bad argument).
    $deadline = (Get-Date).AddSeconds(60)
    while ($true) {
        if ($server.HasExited) { Write-Host 'The server exited:'; Get-Content $logFile, "$logFile.err" | Write-Host; exit 1 }
        try {
            $socket.ConnectAsync([Uri]"ws://127.0.0.1:$Port/", $cancel).GetAwaiter().GetResult() | Out-Null
            break
        } catch {
            if ((Get-Date) -gt $deadline) { Write-Host 'The server did not start listening within 60 s.'; Show-BluetoothLog; exit 1 }
            $socket.Dispose()
            $socket = [System.Net.WebSockets.ClientWebSocket]::new()
            Start-Sleep -Milliseconds 250
        }
    }

    Send-Message '[{"RequestServerInfo":{"Id":1,"ClientName":"check-windows-ble","MessageVersion":3}}]'
    $info = Receive-Messages 10000
    if ($null -eq $info -or $null -eq $info[0].ServerInfo) { Write-Host "No ServerInfo: $($info | ConvertTo-Json -Depth 5 -Compress)"; exit 1 }
    Write-Host "== Connected to $($info[0].ServerInfo.ServerName)"

    Write-Host "== Scanning for $ScanSeconds s: switch the toy on now"
    Send-Message '[{"StartScanning":{"Id":2}}]'
    $until = (Get-Date).AddSeconds($ScanSeconds)
    while ((Get-Date) -lt $until) {
        $messages = Receive-Messages 1000
        foreach ($message in @($messages)) {
            if ($null -eq $message) { continue }
            if ($message.Error) {
                Write-Host "The server refused to scan: $($message.Error.ErrorMessage)"
                Show-BluetoothLog
                exit 1
            }
            if ($message.DeviceAdded) {
                $device = $message.DeviceAdded
                $found[$device.DeviceIndex] = $device.DeviceName
                Write-Host "   found: [$($device.DeviceIndex)] $($device.DeviceName)"
            }
        }
    }
    Send-Message '[{"StopScanning":{"Id":3}}]'
    Send-Message '[{"RequestDeviceList":{"Id":4}}]'
    # Devices are left stopped: the server answers Ok once every stop command is written.
    Send-Message '[{"StopAllDevices":{"Id":5}}]'
    $deadline = (Get-Date).AddSeconds(15)
    $stopped = $false
    while ((Get-Date) -lt $deadline -and -not $stopped) {
        foreach ($message in @(Receive-Messages 1000)) {
            if ($null -eq $message) { continue }
            if ($message.DeviceList) { foreach ($device in @($message.DeviceList.Devices)) { $found[$device.DeviceIndex] = $device.DeviceName } }
            if ($message.Ok -and $message.Ok.Id -eq 5) { $stopped = $true }
        }
    }

    Write-Host '== Bluetooth LE, as the server saw it'
    Show-BluetoothLog
    if ($found.Count -eq 0) {
        Write-Host '== No toy was found. Is it on, charged, not connected to a phone, and within a few metres?'
    } else {
        Write-Host "== Found $($found.Count) device(s):"
        $found.GetEnumerator() | Sort-Object Name | ForEach-Object { Write-Host "   [$($_.Name)] $($_.Value)" }
        $exitCode = 0
    }
} finally {
    if ($socket.State -eq 'Open') {
        try { $socket.CloseOutputAsync('NormalClosure', 'done', $cancel).Wait(5000) | Out-Null } catch { }
    }
    $socket.Dispose()
    if (-not $server.HasExited) { Stop-Process -Id $server.Id -ErrorAction SilentlyContinue }
}
exit $exitCode
